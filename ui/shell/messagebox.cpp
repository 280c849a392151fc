#include "ui/shell/messagebox.h"

#include "core/base/result.h"

namespace guichet {

namespace {

// GUI thread only, as every widget.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
bool g_answerSet = false;
QString g_lastMessage;

} // namespace

bool MessageBox::takeAnswer(Button *answer)
{
    if (!g_answerSet)
        return false;
    *answer = g_nextAnswer;
    g_answerSet = false;
    g_nextAnswer = QMessageBox::NoButton;
    return true;
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
    g_answerSet = true;
}

QString MessageBox::lastMessage()
{
    return g_lastMessage;
}

void MessageBox::error(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    Button ignored;
    if (takeAnswer(&ignored))
        return;
    QMessageBox::warning(parent, title, text);
}

void MessageBox::error(QWidget *parent, const QString &title, const Error &error)
{
    MessageBox::error(parent, title, error.message);
}

MessageBox::Button MessageBox::question(QWidget *parent, const QString &title, const QString &text, Buttons buttons,
                                        Button defaultButton)
{
    g_lastMessage = text;
    Button answer;
    if (takeAnswer(&answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    g_lastMessage = text;
    Button ignored;
    if (takeAnswer(&ignored))
        return;
    QMessageBox::about(parent, title, text);
}

} // namespace guichet
