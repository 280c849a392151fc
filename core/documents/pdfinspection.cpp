// Compiled as C++17: qpdf 11's JSON.hh keeps a std::vector of its own incomplete class, which
// clang refuses in C++20 (its destructor is instantiated early). Only Qt and qpdf types here.
#include "core/documents/pdfinspection.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFObjectHandle.hh>

#include <algorithm>

namespace guichet {

namespace {

// What a PDF carries that must not reach a patient: a reason, or empty when it is plain.
// Every object is read by qpdf (object streams decompressed), and every direct dictionary and
// array inside it walked.
QString pdfRisk(QPDFObjectHandle h, int depth)
{
    if (depth > 40)
        return {};
    if (h.isStream())
        h = h.getDict();
    if (h.isArray()) {
        for (QPDFObjectHandle item : h.aitems())
            if (!item.isIndirect())
                if (QString risk = pdfRisk(item, depth + 1); !risk.isEmpty())
                    return risk;
        return {};
    }
    if (!h.isDictionary())
        return {};
    QPDFObjectHandle action = h.getKey("/S");
    if (h.hasKey("/JS") || h.hasKey("/JavaScript") || action.isNameAndEquals("/JavaScript"))
        return PdfInspection::tr("contains JavaScript");
    if (action.isNameAndEquals("/Launch") || action.isNameAndEquals("/ImportData")
        || action.isNameAndEquals("/SubmitForm"))
        return PdfInspection::tr("starts programs or sends data when opened or clicked");
    if (h.hasKey("/AA"))
        return PdfInspection::tr("runs actions by itself (when opened, closed or printed)");
    if (h.hasKey("/EmbeddedFiles") || h.hasKey("/EF") || h.getKey("/Type").isNameAndEquals("/EmbeddedFile"))
        return PdfInspection::tr("carries other files inside it");
    if (h.hasKey("/XFA"))
        return PdfInspection::tr("is an XFA form");
    if (h.getKey("/Subtype").isNameAndEquals("/RichMedia") || h.hasKey("/RichMediaContent")
        || h.hasKey("/RichMediaSettings"))
        return PdfInspection::tr("carries rich media (video, Flash)");
    for (auto [key, value] : h.ditems())
        if (!value.isIndirect())
            if (QString risk = pdfRisk(value, depth + 1); !risk.isEmpty())
                return risk;
    // Any other action when opened (what it does was looked at above: named when it is known).
    if (h.hasKey("/OpenAction") && h.getKey("/OpenAction").isDictionary()
        && !h.getKey("/OpenAction").getKey("/S").isNameAndEquals("/GoTo"))
        return PdfInspection::tr("runs an action when it is opened");
    return {};
}

// A file that is a PDF and also something else (a ZIP archive, a web page): opened by another
// program, it would be that other thing.
QString polyglotRisk(const QByteArray &bytes)
{
    // A ZIP is read from its end: the end of central directory record in the last 64 KiB, whose
    // offset points at a central directory entry.
    const qsizetype from = std::max<qsizetype>(0, bytes.size() - 65557);
    for (qsizetype at = bytes.lastIndexOf("PK\x05\x06"); at >= from; at = bytes.lastIndexOf("PK\x05\x06", at - 1)) {
        if (at + 22 > bytes.size())
            continue;
        const auto u32 = [&bytes](qsizetype p) {
            return quint32(quint8(bytes[p])) | (quint32(quint8(bytes[p + 1])) << 8)
                | (quint32(quint8(bytes[p + 2])) << 16) | (quint32(quint8(bytes[p + 3])) << 24);
        };
        const qsizetype directory = qsizetype(u32(at + 16));
        if (directory + 4 <= bytes.size() && bytes.mid(directory, 4) == QByteArrayLiteral("PK\x01\x02"))
            return PdfInspection::tr("is also a ZIP archive");
        if (at == 0)
            break;
    }
    // A web page: browsers guess from the first bytes.
    const QByteArray head = bytes.left(8192).toLower();
    for (const char *tag : {"<html", "<script", "<!doctype html", "<body", "<iframe", "<svg", "<head", "<meta"})
        if (head.contains(tag))
            return PdfInspection::tr("is also a web page");
    return {};
}

} // namespace

QString PdfInspection::risk(const QByteArray &bytes)
{
    if (QString risk = polyglotRisk(bytes); !risk.isEmpty())
        return risk;
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("document", bytes.constData(), size_t(bytes.size()));
        if (QString risk = pdfRisk(pdf.getTrailer(), 0); !risk.isEmpty())
            return risk;
        for (QPDFObjectHandle object : pdf.getAllObjects())
            if (QString risk = pdfRisk(object, 0); !risk.isEmpty())
                return risk;
    } catch (const std::exception &) {
        return PdfInspection::tr("cannot be read to the end by a PDF library");
    }
    return {};
}

} // namespace guichet
