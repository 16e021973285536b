// Command etcd is the etcd server built from go.etcd.io/etcd/server/v3, pinned by this go.mod
// to the version kube-apiserver's own module graph selects.
package main

import (
	"os"

	"go.etcd.io/etcd/server/v3/etcdmain"
)

func main() {
	etcdmain.Main(os.Args)
}
