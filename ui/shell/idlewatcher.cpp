#include "ui/shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace guichet {

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setIdleMinutes(int minutes)
{
    setIdleInterval(std::max(0, minutes) * 60 * 1000);
}

void IdleWatcher::setIdleInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
    m_timer.stop();
    if (m_interval > 0 && !m_paused)
        m_timer.start(m_interval);
}

void IdleWatcher::setPaused(bool paused)
{
    m_paused = paused;
    setIdleInterval(m_interval);
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_interval > 0 && !m_paused)
            m_timer.start(m_interval);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace guichet
