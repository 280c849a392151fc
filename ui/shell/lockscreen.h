#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace guichet {

class Session;

// Covers the whole window when the desk is left alone: nothing of the agenda or
// the patients shows through, and only the signed-in user's password unlocks. Another
// person signs in with "Changer d'utilisateur" (switchUserRequested): the window closes,
// the sign-in comes back.
class LockScreen final : public QWidget
{
    Q_OBJECT
public:
    LockScreen(const Session &session, QWidget *parent);

    void lock();
    bool isLocked() const { return isVisible(); }
    // Checks the password and unlocks when it is right.
    bool tryUnlock(const QString &password);
    // What kept the window from closing for another person (the previous one's note not saved).
    void say(const QString &text);

Q_SIGNALS:
    void unlocked();
    void switchUserRequested();

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const Session &m_session;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
