#pragma once

#include <QLayout>
#include <QList>

namespace guichet {

// Controls in a row that wraps onto the next line when the window is narrow: a toolbar that stays
// whole at large text sizes (200 % on a 1920x1080 screen leaves 960 logical pixels) instead of
// widening the window past the screen.
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(int horizontalSpacing = 6, int verticalSpacing = 4);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    QSize sizeHint() const override; // as the minimum: the width given decides the lines
    QSize minimumSize() const override; // the widest control

private:
    // Lays the items out in `rect` (moving them when `apply`); returns the height used.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> m_items;
    int m_horizontal;
    int m_vertical;
};

} // namespace guichet
