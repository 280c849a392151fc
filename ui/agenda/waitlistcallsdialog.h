#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;

namespace guichet {

class Session;

// The waiting-list offers still open, for the desk to phone the patients (a practice without a
// central agenda sends no message): who, their numbers, the earlier slot offered; the patient's
// answer taken here (the appointment moves, or the patient stays on the list).
class WaitlistCallsDialog final : public QDialog
{
    Q_OBJECT
public:
    WaitlistCallsDialog(const Session &session, QWidget *parent = nullptr);

    void reload();
    bool accept(int row); // the patient takes the slot
    bool decline(int row); // the patient keeps their appointment
    QTableWidget *table() const { return m_table; }
    QString message() const;

private:
    const Session &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace guichet
