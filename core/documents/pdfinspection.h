#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace guichet {

// What a PDF carries that must not reach a patient (read with qpdf, object streams
// decompressed): JavaScript, launch, form submission or automatic actions, an action when
// opened, embedded files, XFA, rich media; or a file that is also a ZIP archive or a web page.
class PdfInspection final
{
    Q_DECLARE_TR_FUNCTIONS(DocumentVault)
public:
    // Empty when the PDF is plain; else what it carries, in words ("contains JavaScript").
    static QString risk(const QByteArray &bytes);
};

} // namespace guichet
