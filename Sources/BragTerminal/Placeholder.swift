// The ncurses backend: the only module that talks to the terminal.
