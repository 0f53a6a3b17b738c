"""One module per source. Each defines a Source subclass and exports it as SOURCE."""
