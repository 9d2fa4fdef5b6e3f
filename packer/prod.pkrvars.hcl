# Example values for the production bake. app_version, git_commit and jar_path
# change with every build: pass them with -var (see README.md).
region              = "ap-northeast-2"
instance_type       = "t3.micro"
environment         = "prod"
root_volume_size_gb = 8

# The public address of the machine running packer (documentation range here).
ssh_source_cidrs = ["203.0.113.10/32"]
