#pragma once

#include <QWidget>

namespace guichet {

class DocumentsPanel;
class Session;

// The practice's latest documents, every patient: what came in, what was shared; a
// patient's own documents are on their record (Patients).
class DocumentsView final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsView(const Session &session, QWidget *parent = nullptr);
    DocumentsPanel *panel() const { return m_panel; }
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    DocumentsPanel *m_panel = nullptr;
};

} // namespace guichet
