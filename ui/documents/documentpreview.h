#pragma once

#include <QDialog>

class QBuffer;
class QLabel;
class QPdfDocument;

namespace guichet {

class Session;

// A document as it was stored, decrypted in memory only (never written to disk): PDF pages
// rendered one at a time through Qt PDF, images scaled; printed or saved as a copy from here.
class DocumentPreview final : public QDialog
{
    Q_OBJECT
public:
    DocumentPreview(const Session &session, const QString &documentId, QWidget *parent = nullptr);
    ~DocumentPreview() override;

    bool isLoaded() const { return m_loaded; }
    int pageCount() const;
    int currentPage() const { return m_current; }
    void showPage(int page); // 0-based
    QString error() const { return m_error; }
    void print();

private:
    const Session &m_session;
    QString m_id;
    QByteArray m_bytes;
    QBuffer *m_buffer = nullptr;
    QPdfDocument *m_pdf = nullptr;
    QString m_contentType;
    QString m_error;
    bool m_loaded = false;
    QLabel *m_page = nullptr;
    QLabel *m_pageLabel = nullptr;
    int m_current = 0;
};

} // namespace guichet
