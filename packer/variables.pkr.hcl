variable "region" {
  type        = string
  default     = "ap-northeast-2"
  description = "AWS region the AMI is baked in (and registered in)."

  validation {
    condition     = can(regex("^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", var.region))
    error_message = "The region must look like ap-northeast-2."
  }
}

variable "instance_type" {
  type        = string
  default     = "t3.micro"
  description = "Instance type of the temporary build instance; x86_64, like the t3.micro fleet, so the AOT cache is trained on the same architecture."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]*\\.[a-z0-9]+$", var.instance_type)) && !can(regex("^[a-z0-9-]*g[a-z]*\\.", var.instance_type))
    error_message = "The instance type must be an x86_64 type such as t3.micro (Graviton 'g' families are arm64)."
  }
}

variable "app_version" {
  type        = string
  description = "Version of the BuddyVerse jar being baked (from the Maven project), recorded in the AMI name and tags."

  validation {
    condition     = can(regex("^[0-9]+\\.[0-9]+\\.[0-9]+([-.][0-9A-Za-z.-]+)?$", var.app_version))
    error_message = "The app_version must be a version such as 1.4.0 or 1.4.0-SNAPSHOT."
  }
}

variable "git_commit" {
  type        = string
  description = "Git commit the jar was built from (git rev-parse HEAD), recorded in the AMI tags."

  validation {
    condition     = can(regex("^[0-9a-f]{7,40}$", var.git_commit))
    error_message = "The git_commit must be a 7 to 40 character lowercase hex commit id."
  }
}

variable "jar_path" {
  type        = string
  default     = "target/buddyverse.jar"
  description = "Path of the executable jar built by ./mvnw -B -DskipTests package, relative to the directory packer runs in (the repository root in the README's commands) or absolute."

  validation {
    condition     = can(regex("\\.jar$", var.jar_path)) && fileexists(var.jar_path)
    error_message = "The jar_path must name an existing .jar file: build it first with ./mvnw -B -DskipTests package."
  }
}

variable "source_ami_name" {
  type        = string
  default     = "al2023-ami-2023.*-kernel-6.1-x86_64"
  description = "Name filter for the base image: the latest matching Amazon Linux 2023 AMI (standard, not minimal) is used."

  validation {
    condition     = can(regex("^al2023-ami-", var.source_ami_name)) && can(regex("x86_64$", var.source_ami_name))
    error_message = "The source_ami_name must be an Amazon Linux 2023 x86_64 name filter (al2023-ami-...-x86_64): the scripts use dnf and AL2023 packages."
  }
}

variable "source_ami_owner" {
  type        = string
  default     = "amazon"
  description = "Owner alias or account id of the base image."

  validation {
    condition     = var.source_ami_owner == "amazon" || can(regex("^[0-9]{12}$", var.source_ami_owner))
    error_message = "The source_ami_owner must be 'amazon' or a 12-digit account id."
  }
}

variable "java_package" {
  type        = string
  default     = "java-25-amazon-corretto-headless"
  description = "dnf package of the Java runtime: Amazon Corretto 25, headless."

  validation {
    condition     = can(regex("^java-25-amazon-corretto", var.java_package))
    error_message = "The java_package must be an Amazon Corretto 25 package: the AOT cache and the jar need Java 25."
  }
}

variable "ami_name_prefix" {
  type        = string
  default     = "buddyverse"
  description = "Start of the AMI name; the app version and a UTC timestamp follow."

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{2,40}$", var.ami_name_prefix))
    error_message = "The ami_name_prefix must be 3 to 41 lowercase letters, digits or hyphens."
  }
}

variable "environment" {
  type        = string
  default     = "prod"
  description = "Environment tag of the AMI (the AMI itself holds no environment-specific configuration)."

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "The environment must be dev, staging or prod."
  }
}

variable "root_volume_size_gb" {
  type        = number
  default     = 8
  description = "Size in GiB of the encrypted gp3 root volume."

  validation {
    condition     = var.root_volume_size_gb >= 8 && var.root_volume_size_gb <= 64
    error_message = "The root_volume_size_gb must be between 8 and 64."
  }
}

variable "subnet_id" {
  type        = string
  default     = ""
  description = "Subnet of the build instance; empty uses the default VPC. It needs a route to the internet (dnf) and SSH reachability from the machine running packer."

  validation {
    condition     = var.subnet_id == "" || can(regex("^subnet-[0-9a-f]{8,17}$", var.subnet_id))
    error_message = "The subnet_id must be empty or a subnet id (subnet-...)."
  }
}

variable "ssh_source_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the build instance's SSH port through the temporary security group: the public address of the machine running packer, as a /32."

  validation {
    condition     = length(var.ssh_source_cidrs) > 0 && alltrue([for c in var.ssh_source_cidrs : can(cidrhost(c, 0)) && c != "0.0.0.0/0"])
    error_message = "The ssh_source_cidrs must be one or more valid CIDRs, and not 0.0.0.0/0."
  }
}
