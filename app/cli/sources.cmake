# The command line (patron demo, customers list, orders list …). Paths relative to app/.
set(PATRON_CLI_SOURCES
    cli/cli.h cli/cli.cpp
    cli/cliutil.h cli/cliutil.cpp
    cli/clicommands.h cli/clicommands.cpp
    cli/importcommand.cpp
    cli/exportcommand.cpp
    cli/duplicatescommand.cpp
    cli/rfmcommand.cpp
    cli/dashboardcommand.cpp
    cli/segmentscommand.cpp
    cli/taskscommand.cpp
    cli/sopcommand.cpp
    cli/reminderscommand.cpp)
