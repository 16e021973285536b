module forkspacer-def/oracle/common

go 1.24.5
