#include "documentsview.h"

#include <QLabel>
#include <QVBoxLayout>

namespace guichet {

DocumentsView::DocumentsView(QWidget *parent)
    : QWidget(parent)
{
    auto *title = new QLabel(tr("Documents"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    title->setFont(f);
    auto *text = new QLabel(tr("The document vault is not available in this version yet. It will receive, preview, "
                               "share and archive patients' prescriptions, reports and administrative papers, "
                               "encrypted on this computer."),
                            this);
    text->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addStretch();
}

} // namespace guichet
