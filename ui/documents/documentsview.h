#pragma once

#include <QWidget>

namespace guichet {

// Placeholder until the document vault lands; it says so plainly.
class DocumentsView final : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentsView(QWidget *parent = nullptr);
};

} // namespace guichet
