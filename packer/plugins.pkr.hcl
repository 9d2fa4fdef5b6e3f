# Kept alone in this file: Debian's packer 1.6.6 (used by CI for fmt/validate)
# cannot parse required_plugins, so test/check.sh validates every other file
# without this one. Bakes use a current packer (>= 1.10) where `packer init .`
# installs exactly this plugin version.
packer {
  required_version = ">= 1.10.0"

  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = "= 1.8.0"
    }
  }
}
