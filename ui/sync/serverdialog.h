#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace guichet {

class Database;

// The central agenda's address, the account, and signing in with the token the central
// agenda gave: the token goes straight to the system keychain, never to a file.
class ServerDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ServerDialog(const Database &db, QWidget *parent = nullptr);

    QLineEdit *urlEdit() const { return m_url; }
    QLineEdit *accountEdit() const { return m_account; }
    QLineEdit *tokenEdit() const { return m_token; }
    QString error() const { return m_error; }
    bool save(); // validates and stores; false with the reason shown
    bool signOut();

private:
    void showState();
    void fail(const QString &message);

    const Database &m_db;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_account = nullptr;
    QLineEdit *m_token = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_message = nullptr;
    QString m_error;
};

} // namespace guichet
