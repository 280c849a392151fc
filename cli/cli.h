#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace guichet {

// guichet-cli: thin over the core services (DESIGN.md: Command line).
// Exit codes: 0 done, 1 usage, 2 invalid input, 3 refused by a rule, 4 conflict, 5 I/O or server error.
class Cli final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    enum Exit { Done = 0, Usage = 1, Invalid = 2, Refused = 3, Conflict = 4, IoError = 5 };

    Cli(QTextStream &out, QTextStream &err, QTextStream &in);
    // `arguments` as in main: the program name first. The environment gives GUICHET_DB and GUICHET_NOW.
    int run(const QStringList &arguments);
    // Every command, in the order --help lists them.
    static QStringList commandNames();

private:
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
};

} // namespace guichet
