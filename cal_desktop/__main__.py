from cal_desktop.cli import main

raise SystemExit(main())
