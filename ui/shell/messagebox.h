#pragma once

#include <QCoreApplication>
#include <QMessageBox>

namespace guichet {

struct Error;

// The one way ui/ shows an error in a window of its own and asks a question (after
// KeePassXC's MessageBox). Tests answer the next question, or swallow the next message,
// with setNextAnswer(); what was said is kept for them in lastMessage().
class MessageBox final
{
    Q_DECLARE_TR_FUNCTIONS(MessageBox)
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    // An error a person must acknowledge (a refusal named in the secretary's words).
    static void error(QWidget *parent, const QString &title, const QString &text);
    static void error(QWidget *parent, const QString &title, const Error &error);
    // A yes/no (or other) question; returns the button chosen.
    static Button question(QWidget *parent, const QString &title, const QString &text,
                           Buttons buttons = Buttons(QMessageBox::Yes | QMessageBox::No),
                           Button defaultButton = QMessageBox::No);
    // An act to confirm: `act` names its button (« Fusionner »), beside Annuler, the default.
    // Returns whether the person confirmed (a test answers Ok or Cancel).
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &act);
    static void about(QWidget *parent, const QString &title, const QString &text);
    // Something typed would be lost: Save (Enregistrer), Discard (Abandonner) or Cancel
    // (Annuler, stay); `name` names the window for tests (its buttons: save, discard, cancel).
    static Button unsaved(QWidget *parent, const QString &name, const QString &title, const QString &text);

    // Tests: the next error, question or about box is not shown; a question returns `answer`.
    static void setNextAnswer(Button answer);
    // Tests: drops an answer nobody used; returns whether there was one (nothing was asked).
    static bool clearNextAnswer();
    static QString lastMessage();

private:
    static bool takeAnswer(Button *answer);
};

} // namespace guichet
