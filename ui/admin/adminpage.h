#pragma once

#include <QWidget>

class QBoxLayout;
class QFormLayout;
class QLabel;
class QPushButton;
class QTableWidget;

namespace guichet {

class Session;

// One administration screen: the records in a dense table on the left, the chosen one's form
// on the right, the acts as buttons under it, and the outcome said in words under them. The
// rules and their messages are core's; a page only collects fields and shows the answer.
class AdminPage : public QWidget
{
    Q_OBJECT
public:
    AdminPage(const Session &session, QWidget *parent);

    QTableWidget *table() const { return m_table; }
    QString message() const;
    // Re-reads the records, keeping the selection.
    virtual void reload() = 0;

Q_SIGNALS:
    // Something was saved: other pages that show these records reload.
    void changed();

protected:
    // Lays out the table, the form (in a box titled `formTitle`) and the buttons.
    void build(const QStringList &headers, QFormLayout *form, const QString &formTitle,
               const QList<QPushButton *> &buttons, QWidget *aboveTable = nullptr);
    // Fills the table; column 0 carries the id. The row with `selectId` is selected again.
    void fill(const QList<std::pair<QString, QStringList>> &rows, const QString &selectId);
    QString selectedId() const;
    void select(const QString &id);
    void say(const QString &text, bool error = false);
    // Called when another row is chosen (empty id: none).
    virtual void show(const QString &id) = 0;

    const Session &m_session;
    QTableWidget *m_table = nullptr;
    QLabel *m_message = nullptr;
    bool m_filling = false;
};

} // namespace guichet
