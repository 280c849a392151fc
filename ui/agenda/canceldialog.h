#pragma once

#include "core/domain/appointmentstatus.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QRadioButton;

namespace guichet {

class Session;

// Cancelling an appointment: the window names who, when and with whom; it opens in the reason's
// field, and without a reason it stays open, says so and keeps the focus there.
class CancelDialog final : public QDialog
{
    Q_OBJECT
public:
    CancelDialog(const Session &session, const QString &appointmentId, QWidget *parent = nullptr);

    CancelledBy cancelledBy() const;
    QString reason() const;
    QString heading() const;
    QString error() const;
    QLineEdit *reasonEdit() const { return m_reason; }

    void accept() override;

private:
    QLabel *m_heading = nullptr;
    QLabel *m_error = nullptr;
    QRadioButton *m_byPatient = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace guichet
