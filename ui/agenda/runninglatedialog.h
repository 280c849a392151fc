#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace guichet {

class Session;

// "The doctor is running 30 minutes late": the patients still expected today by one
// practitioner, each message previewed as they will read it (SMS to a mobile, e-mail
// otherwise, a child's to the holder), then sent through the central agenda.
class RunningLateDialog final : public QDialog
{
    Q_OBJECT
public:
    RunningLateDialog(const Session &session, const QString &practitionerId, const QDate &day,
                      QWidget *parent = nullptr);

    QComboBox *practitionerBox() const { return m_practitioner; }
    QSpinBox *minutesBox() const { return m_minutes; }
    QTableWidget *preview() const { return m_preview; }
    QPushButton *sendButton() const { return m_send; }
    void refreshPreview();
    bool send(); // the messages recorded; false with the reason shown
    QString message() const;
    int sentCount() const { return m_sent; }

private:
    const Session &m_session;
    QDate m_day;
    QComboBox *m_practitioner = nullptr;
    QSpinBox *m_minutes = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_send = nullptr;
    int m_sent = 0;
};

} // namespace guichet
