#pragma once

#include "core/domain/notification.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace guichet {

class Session;

// What an appointment's patient was and will be sent (confirmation, reminders, notices,
// waiting-list offers), each message's state and its text as the patient reads it; and the
// appointment's place on the waiting list.
class AppointmentMessagesDialog final : public QDialog
{
    Q_OBJECT
public:
    AppointmentMessagesDialog(const Session &session, const QString &appointmentId, QWidget *parent = nullptr);

    static QString stateLabel(const QString &state, const QDateTime &due, const QDateTime &now);
    // The text as it reaches the patient: an SMS as a bubble, an e-mail with its subject line.
    static QString previewHtml(MessageChannel channel, const QString &body);

Q_SIGNALS:
    void changed();

private:
    void reload();
    void showMessage(int row);
    void toggleWaitingList();

    const Session &m_session;
    QString m_appointmentId;
    QLabel *m_header = nullptr;
    QTableWidget *m_table = nullptr;
    QTextBrowser *m_preview = nullptr;
    QLabel *m_waitlist = nullptr;
    QPushButton *m_waitlistButton = nullptr;
    QStringList m_bodies;
    QList<MessageChannel> m_channels;
};

} // namespace guichet
