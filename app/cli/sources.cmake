# The command line (patron demo, customers list, orders list …). Paths relative to app/.
set(PATRON_CLI_SOURCES
    cli/cli.h cli/cli.cpp
    cli/clicommands.h cli/clicommands.cpp
    cli/duplicatescommand.cpp)
