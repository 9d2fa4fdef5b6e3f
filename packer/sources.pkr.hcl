locals {
  # One timestamp per run, so the AMI name sorts by bake time.
  timestamp = formatdate("YYYYMMDD'T'hhmmss'Z'", timestamp())

  tags = {
    Name        = "${var.ami_name_prefix}-${var.app_version}"
    Application = "buddyverse"
    Environment = var.environment
    AppVersion  = var.app_version
    GitCommit   = var.git_commit
    BuiltBy     = "packer"
    BuildTime   = local.timestamp
  }
}

source "amazon-ebs" "al2023" {
  region        = var.region
  instance_type = var.instance_type
  subnet_id     = var.subnet_id

  ami_name        = "${var.ami_name_prefix}-${var.app_version}-${local.timestamp}"
  ami_description = "BuddyVerse ${var.app_version} (${var.git_commit}) on Amazon Linux 2023 with Corretto 25 and an AOT cache"

  source_ami_filter {
    filters = {
      name                = var.source_ami_name
      architecture        = "x86_64"
      root-device-type    = "ebs"
      virtualization-type = "hvm"
    }
    owners      = [var.source_ami_owner]
    most_recent = true
  }

  # IMDSv2 only: on the build instance (hop limit 1), and as the default of
  # every instance launched from the AMI. The launch template sets it too.
  imds_support = "v2.0"
  metadata_options {
    http_endpoint               = "enabled"
    http_tokens                 = "required"
    http_put_response_hop_limit = 1
  }

  launch_block_device_mappings {
    device_name           = "/dev/xvda"
    volume_size           = var.root_volume_size_gb
    volume_type           = "gp3"
    iops                  = 3000
    throughput            = 125
    encrypted             = true
    delete_on_termination = true
  }

  communicator                          = "ssh"
  ssh_username                          = "ec2-user"
  ssh_timeout                           = "10m"
  temporary_security_group_source_cidrs = var.ssh_source_cidrs

  tags = merge(local.tags, {
    SourceAMI     = "{{ .SourceAMI }}"
    SourceAMIName = "{{ .SourceAMIName }}"
  })
  snapshot_tags = merge(local.tags, {
    SourceAMI = "{{ .SourceAMI }}"
  })
  run_tags = {
    Name        = "packer-${var.ami_name_prefix}-${var.app_version}"
    Application = "buddyverse"
    BuiltBy     = "packer"
  }
}
