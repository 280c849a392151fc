#include "ui/shell/lockscreen.h"

#include "core/access/session.h"
#include "core/access/userservice.h"
#include "ui/shell/changepassworddialog.h"
#include "ui/shell/tones.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

LockScreen::LockScreen(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(u"lockScreen"_s);
    setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto *title = new QLabel(tr("Guichet is locked"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);
    auto *who = new QLabel(tr("Signed in: %1. Type your password to go on.").arg(session.user().displayName), this);
    who->setAlignment(Qt::AlignCenter);
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(280);
    m_password->setMaximumWidth(360);
    m_password->setObjectName(u"lockPassword"_s);
    auto *unlock = new QPushButton(tr("Unlock"), this);
    unlock->setDefault(true);
    m_message = new QLabel(this);
    m_message->setAlignment(Qt::AlignCenter);
    Tones::apply(m_message, Tone::Error);
    layout->addWidget(title);
    layout->addWidget(who);
    layout->addSpacing(12);
    layout->addWidget(m_password, 0, Qt::AlignHCenter);
    layout->addWidget(unlock, 0, Qt::AlignHCenter);
    auto *change = new QPushButton(tr("Change my password…"), this);
    change->setObjectName(u"lockChangePassword"_s);
    change->setFlat(true);
    layout->addWidget(change, 0, Qt::AlignHCenter);
    connect(change, &QPushButton::clicked, this, [this] {
        ChangePasswordDialog dialog(m_session, this);
        if (dialog.exec() == QDialog::Accepted)
            m_message->setText(tr("Your password is changed: unlock with the new one."));
    });
    // Somebody else at the desk: they sign in as themselves, without the first one's password.
    auto *other = new QPushButton(tr("Change user…"), this);
    other->setObjectName(u"lockSwitchUser"_s);
    other->setFlat(true);
    other->setToolTip(tr("Another person signs in; what %1 typed and did not save is saved under their name first.")
                          .arg(session.user().displayName));
    layout->addWidget(other, 0, Qt::AlignHCenter);
    connect(other, &QPushButton::clicked, this, &LockScreen::switchUserRequested);
    layout->addWidget(m_message);
    layout->addStretch(3);
    connect(unlock, &QPushButton::clicked, this, [this] { tryUnlock(m_password->text()); });
    connect(m_password, &QLineEdit::returnPressed, this, [this] { tryUnlock(m_password->text()); });
    parent->installEventFilter(this);
    hide();
}

void LockScreen::lock()
{
    m_password->clear();
    m_message->clear();
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_password->setFocus();
    if (auto audited = m_session.audit(u"screen.lock"_s, u"user"_s, m_session.user().id, QString()); !audited)
        m_message->setText(tr("The lock could not be recorded in the audit log: %1").arg(audited.error().message));
}

bool LockScreen::tryUnlock(const QString &password)
{
    // Checked as a sign-in: wrong passwords count toward the wait, a disabled account stays locked.
    auto checked = UserService::confirm(m_session, password);
    if (!checked) {
        m_message->setText(checked.error().rule == u"signin"_s ? tr("Wrong password.") : checked.error().message);
        m_password->selectAll();
        if (auto audited = m_session.audit(u"screen.unlock-failed"_s, u"user"_s, m_session.user().id, QString());
            !audited)
            m_message->setText(
                tr("Wrong password. (It could not be recorded in the audit log: %1)").arg(audited.error().message));
        return false;
    }
    // An unlock that cannot be audited leaves the screen locked, with the reason.
    if (auto audited = m_session.audit(u"screen.unlock"_s, u"user"_s, m_session.user().id, QString()); !audited) {
        m_message->setText(tr("The unlock could not be recorded in the audit log: %1").arg(audited.error().message));
        return false;
    }
    hide();
    Q_EMIT unlocked();
    return true;
}

void LockScreen::say(const QString &text)
{
    m_message->setText(text);
}

void LockScreen::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Window));
}

bool LockScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

} // namespace guichet
