module forkspacer-def/test/oracle/go

go 1.24.5

require (
	github.com/Masterminds/semver/v3 v3.4.0
	go.yaml.in/yaml/v3 v3.0.4
)
