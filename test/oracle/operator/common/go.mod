module forkspacer-def/oracle/common

go 1.24.5

require go.yaml.in/yaml/v3 v3.0.4
