#include "ui/admin/adminpage.h"

#include "ui/shell/tones.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

AdminPage::AdminPage(const Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    m_table = new QTableWidget(this);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_message = new QLabel(this);
    m_message->setObjectName(u"adminMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!m_filling)
            show(selectedId());
    });
}

QString AdminPage::message() const
{
    return m_message->text();
}

void AdminPage::build(const QStringList &headers, QFormLayout *form, const QString &formTitle,
                      const QList<QPushButton *> &buttons, QWidget *aboveTable)
{
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    auto *left = new QVBoxLayout;
    if (aboveTable)
        left->addWidget(aboveTable);
    left->addWidget(m_table, 1);
    auto *box = new QGroupBox(formTitle, this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight);
    box->setLayout(form);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    row->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(box);
    right->addLayout(row);
    right->addWidget(m_message);
    right->addStretch(1);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 3);
    layout->addLayout(right, 2);
}

void AdminPage::fill(const QList<std::pair<QString, QStringList>> &rows, const QString &selectId)
{
    m_filling = true;
    m_table->setRowCount(int(rows.size()));
    int selected = -1;
    for (int r = 0; r < rows.size(); ++r) {
        const auto &[id, cells] = rows.at(r);
        for (int c = 0; c < cells.size() && c < m_table->columnCount(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            if (c == 0)
                item->setData(Qt::UserRole, id);
            m_table->setItem(r, c, item);
        }
        if (id == selectId)
            selected = r;
    }
    m_table->resizeColumnsToContents();
    m_table->clearSelection();
    if (selected >= 0)
        m_table->selectRow(selected);
    m_filling = false;
    show(selected >= 0 ? selectId : QString());
}

QString AdminPage::selectedId() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    const QTableWidgetItem *item = m_table->item(rows.first().row(), 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void AdminPage::select(const QString &id)
{
    for (int r = 0; r < m_table->rowCount(); ++r) {
        if (m_table->item(r, 0) && m_table->item(r, 0)->data(Qt::UserRole).toString() == id) {
            m_table->selectRow(r);
            return;
        }
    }
}

void AdminPage::say(const QString &text, bool error)
{
    Tones::apply(m_message, error ? Tone::Error : Tone::Success);
    m_message->setText(text);
}

} // namespace guichet
