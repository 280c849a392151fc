#pragma once

#include <QObject>
#include <QTimer>

namespace guichet {

// Watches keyboard and mouse activity application-wide and says when the
// desk has been left alone for `idleMinutes` (0 disables the lock).
class IdleWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    void setIdleMinutes(int minutes);
    int idleMinutes() const { return m_minutes; }
    void setPaused(bool paused);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_minutes = 0;
    bool m_paused = false;
};

} // namespace guichet
