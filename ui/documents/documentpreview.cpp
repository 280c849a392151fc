#include "ui/documents/documentpreview.h"

#include "core/access/session.h"
#include "core/documents/documentvault.h"
#include "ui/shell/tones.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace guichet {

DocumentPreview::DocumentPreview(const Session &session, const QString &documentId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_id(documentId)
{
    auto meta = DocumentVault::byId(session, documentId);
    setWindowTitle(meta ? meta->fileName : tr("Document"));
    auto *layout = new QVBoxLayout(this);
    auto content = DocumentVault::content(session, documentId);
    if (!meta || !content) {
        m_error = meta ? content.error().message : meta.error().message;
        auto *label = new QLabel(m_error, this);
        label->setWordWrap(true);
        Tones::apply(label, Tone::Error);
        layout->addWidget(label);
    } else {
        m_bytes = *content;
        m_contentType = meta->contentType;
        if (m_contentType == u"application/pdf"_s) {
            // One page at a time, rendered here and now (no background thread, no page cache).
            m_buffer = new QBuffer(&m_bytes, this);
            m_buffer->open(QIODevice::ReadOnly);
            m_pdf = new QPdfDocument(this);
            m_pdf->load(m_buffer);
            m_loaded = m_pdf->status() == QPdfDocument::Status::Ready && m_pdf->pageCount() > 0;
            m_page = new QLabel(this);
            m_page->setAlignment(Qt::AlignCenter);
            m_page->setMinimumSize(600, 760);
            auto *scroll = new QScrollArea(this);
            scroll->setWidget(m_page);
            scroll->setWidgetResizable(true);
            layout->addWidget(scroll, 1);
            auto *previous = new QPushButton(tr("◀ Previous page"), this);
            auto *next = new QPushButton(tr("Next page ▶"), this);
            m_pageLabel = new QLabel(this);
            auto *pages = new QHBoxLayout;
            pages->addStretch();
            pages->addWidget(previous);
            pages->addWidget(m_pageLabel);
            pages->addWidget(next);
            pages->addStretch();
            layout->addLayout(pages);
            connect(previous, &QPushButton::clicked, this, [this] { showPage(m_current - 1); });
            connect(next, &QPushButton::clicked, this, [this] { showPage(m_current + 1); });
            if (m_loaded)
                showPage(0);
        } else {
            QImage image = QImage::fromData(m_bytes);
            auto *label = new QLabel(this);
            label->setAlignment(Qt::AlignCenter);
            label->setPixmap(
                QPixmap::fromImage(image.scaled(QSize(900, 1000), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
            auto *scroll = new QScrollArea(this);
            scroll->setWidget(label);
            scroll->setWidgetResizable(true);
            layout->addWidget(scroll, 1);
            m_loaded = !image.isNull();
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *printButton = buttons->addButton(tr("Print…"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("Save a copy…"), QDialogButtonBox::ActionRole);
    printButton->setEnabled(m_loaded);
    save->setEnabled(m_loaded);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreview::print);
    connect(save, &QPushButton::clicked, this, [this, meta] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"), meta ? meta->fileName : QString());
        if (!path.isEmpty()) {
            if (auto ok = DocumentVault::exportTo(m_session, m_id, path); !ok)
                m_error = ok.error().message;
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &DocumentPreview::reject);
    layout->addWidget(buttons);
    resize(820, 900);
}

DocumentPreview::~DocumentPreview() = default;

void DocumentPreview::showPage(int page)
{
    if (!m_pdf || page < 0 || page >= m_pdf->pageCount())
        return;
    m_current = page;
    const QSizeF points = m_pdf->pagePointSize(page);
    const qreal scale = 760.0 / std::max<qreal>(1.0, points.height()); // a whole page in view
    const qreal dpr = devicePixelRatioF();
    const QImage rendered = m_pdf->render(page, (points * scale * dpr).toSize());
    QImage image(rendered.size(), QImage::Format_RGB32); // paper is white; the render is transparent
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.drawImage(0, 0, rendered);
    }
    image.setDevicePixelRatio(dpr);
    m_page->setPixmap(QPixmap::fromImage(image));
    m_pageLabel->setText(tr("Page %1 of %2").arg(page + 1).arg(m_pdf->pageCount()));
}

int DocumentPreview::pageCount() const
{
    return m_pdf ? m_pdf->pageCount() : (m_loaded ? 1 : 0);
}

void DocumentPreview::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    auto fit = [&](const QImage &image) {
        const QSize size = image.size().scaled(page.size(), Qt::KeepAspectRatio);
        painter.drawImage(QRect(QPoint(0, 0), size), image);
    };
    if (m_pdf) {
        for (int i = 0; i < m_pdf->pageCount(); ++i) {
            if (i > 0)
                printer.newPage();
            const QSizeF points = m_pdf->pagePointSize(i);
            const QSize pixels = (points * printer.resolution() / 72.0).toSize();
            fit(m_pdf->render(i, pixels));
        }
    } else {
        fit(QImage::fromData(m_bytes));
    }
}

} // namespace guichet
