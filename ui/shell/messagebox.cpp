#include "ui/shell/messagebox.h"

#include "core/base/result.h"

#include <QAbstractButton>

#include <tuple>

namespace guichet {

namespace {

// GUI thread only, as every widget.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
bool g_answerSet = false;
QString g_lastMessage;

} // namespace

bool MessageBox::takeAnswer(Button *answer)
{
    if (!g_answerSet)
        return false;
    *answer = g_nextAnswer;
    g_answerSet = false;
    g_nextAnswer = QMessageBox::NoButton;
    return true;
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
    g_answerSet = true;
}

bool MessageBox::clearNextAnswer()
{
    Button unused;
    return takeAnswer(&unused);
}

QString MessageBox::lastMessage()
{
    return g_lastMessage;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    Button ignored;
    if (takeAnswer(&ignored))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::error(QWidget *parent, const QString &title, const Error &error)
{
    MessageBox::error(parent, title, error.message);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    g_lastMessage = text;
    Button answer;
    if (takeAnswer(&answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::unsaved(QWidget *parent, const QString &name, const QString &title, const QString &text)
{
    g_lastMessage = text;
    Button answer;
    if (takeAnswer(&answer))
        return answer;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    parent);
    box.setObjectName(name);
    for (auto [button, label, objectName] : {std::tuple{QMessageBox::Save, tr("Save"), QStringLiteral("save")},
                                             std::tuple{QMessageBox::Discard, tr("Discard"), QStringLiteral("discard")},
                                             std::tuple{QMessageBox::Cancel, tr("Cancel"), QStringLiteral("cancel")}}) {
        box.button(button)->setText(label);
        box.button(button)->setObjectName(objectName);
    }
    box.setDefaultButton(QMessageBox::Save);
    box.setEscapeButton(QMessageBox::Cancel);
    return Button(box.exec());
}

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &act)
{
    g_lastMessage = text;
    Button answer;
    if (takeAnswer(&answer))
        return answer == QMessageBox::Ok;
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Ok | QMessageBox::Cancel, parent);
    box.button(QMessageBox::Ok)->setText(act);
    box.button(QMessageBox::Cancel)->setText(tr("Cancel"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.setEscapeButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Ok;
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    Button ignored;
    if (takeAnswer(&ignored))
        return;
    QMessageBox::about(parent, title, text);
}

} // namespace guichet
