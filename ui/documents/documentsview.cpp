#include "ui/documents/documentsview.h"

#include "ui/documents/documentspanel.h"
#include "ui/shell/tones.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

DocumentsView::DocumentsView(const Session &session, QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("The practice's latest documents"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setBold(true);
    title->setFont(f);
    auto *hint = new QLabel(tr("Encrypted on this computer. A patient's documents are added on their record "
                               "(Patients), by the Add button or by dropping files."),
                            this);
    hint->setWordWrap(true);
    Tones::apply(hint, Tone::Hint);
    m_panel = new DocumentsPanel(session, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addWidget(m_panel, 1);
}

void DocumentsView::reload()
{
    m_panel->reload();
}

void DocumentsView::showEvent(QShowEvent *event)
{
    m_panel->reload(); // documents added on a record since
    QWidget::showEvent(event);
}

} // namespace guichet
