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
    // The same in milliseconds, for tests that cannot wait minutes.
    void setIdleInterval(int milliseconds);
    int idleMinutes() const { return m_interval / 60000; }
    void setPaused(bool paused);

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    int m_interval = 0; // ms; 0 disables
    bool m_paused = false;
};

} // namespace guichet
