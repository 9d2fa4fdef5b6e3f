locals {
  bake_dir = "/tmp/buddyverse-bake"

  # Scripts run as root in this order; each is idempotent, so a failed bake
  # can be debugged by re-running one on the instance (-on-error=abort).
  provision_scripts = [
    "${path.root}/scripts/packages.sh",
    "${path.root}/scripts/user.sh",
    "${path.root}/scripts/app.sh",
    "${path.root}/scripts/service.sh",
    "${path.root}/scripts/efs.sh",
    "${path.root}/scripts/cloudwatch.sh",
  ]
}

build {
  name    = "buddyverse"
  sources = ["source.amazon-ebs.al2023"]

  provisioner "shell" {
    inline = ["mkdir -p ${local.bake_dir}/files"]
  }

  provisioner "file" {
    source      = var.jar_path
    destination = "${local.bake_dir}/buddyverse.jar"
  }

  # Trailing slash: the contents of files/ go into the existing directory.
  provisioner "file" {
    source      = "${path.root}/files/"
    destination = "${local.bake_dir}/files"
  }

  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; sudo env {{ .Vars }} {{ .Path }}"
    environment_vars = [
      "BAKE_DIR=${local.bake_dir}",
      "JAVA_PACKAGE=${var.java_package}",
      "APP_VERSION=${var.app_version}",
      "GIT_COMMIT=${var.git_commit}",
      "AWS_REGION=${var.region}",
    ]
    scripts = local.provision_scripts
  }

  # Last: remove per-instance state, then prove it is gone. validate.sh fails
  # the bake (and so no AMI is registered) if anything is left.
  provisioner "shell" {
    execute_command = "chmod +x {{ .Path }}; sudo env {{ .Vars }} {{ .Path }}"
    environment_vars = [
      "BAKE_DIR=${local.bake_dir}",
    ]
    scripts = [
      "${path.root}/scripts/cleanup.sh",
      "${path.root}/scripts/validate.sh",
    ]
  }

  post-processor "manifest" {
    output     = "${path.root}/manifest.json"
    strip_path = true
    custom_data = {
      app_version = var.app_version
      git_commit  = var.git_commit
      region      = var.region
    }
  }
}
