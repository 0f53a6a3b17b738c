from tariffwatch.cli import main

main()
