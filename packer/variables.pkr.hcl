variable "region" {
  type        = string
  default     = "ap-northeast-2"
  description = "AWS region the AMI is baked in (and registered in)."

  validation {
    condition     = regex_replace(var.region, "^[a-z]{2}(-gov)?-[a-z]+-[0-9]$", "") == ""
    error_message = "The region must look like ap-northeast-2."
  }
}

variable "instance_type" {
  type        = string
  default     = "t3.small"
  description = "Type of the temporary build instance. x86_64 like the t3.micro fleet (the AOT cache is per architecture); 2 GiB so the AOT training run and the cache assembly that follows it have room."

  validation {
    condition     = regex_replace(var.instance_type, "^[a-z]+[0-9][a-fh-z]*(-flex)?\\.[0-9a-z]+$", "") == ""
    error_message = "The instance_type must be an x86_64 type such as t3.small (Graviton types, with a g after the generation digit, are arm64)."
  }
}

variable "app_version" {
  type        = string
  description = "Version of the BuddyVerse jar being baked (from the Maven project), recorded in the AMI name and tags."

  validation {
    condition     = regex_replace(var.app_version, "^[0-9]+\\.[0-9]+\\.[0-9]+([-.][0-9A-Za-z.-]+)?$", "") == ""
    error_message = "The app_version must be a version such as 1.4.0 or 1.4.0-SNAPSHOT."
  }
}

variable "git_commit" {
  type        = string
  description = "Git commit the jar was built from (git rev-parse HEAD), recorded in the AMI tags."

  validation {
    condition     = regex_replace(var.git_commit, "^[0-9a-f]{7,40}$", "") == ""
    error_message = "The git_commit must be a 7 to 40 character lowercase hex commit id."
  }
}

variable "jar_path" {
  type        = string
  default     = "target/buddyverse.jar"
  description = "Path of the executable jar built by ./mvnw -B -DskipTests package, relative to the directory packer runs in (the repository root in the README's commands) or absolute."

  validation {
    condition     = regex_replace(var.jar_path, "^.+\\.jar$", "") == "" && fileexists(var.jar_path)
    error_message = "The jar_path must name an existing .jar file: build it first with ./mvnw -B -DskipTests package."
  }
}

variable "source_ami_name" {
  type        = string
  default     = "al2023-ami-2023.*-kernel-6.1-x86_64"
  description = "Name filter for the base image: the latest matching Amazon Linux 2023 AMI (standard, not minimal) is used."

  validation {
    condition     = regex_replace(var.source_ami_name, "^al2023-ami-.*x86_64$", "") == ""
    error_message = "The source_ami_name must be an Amazon Linux 2023 x86_64 name filter (al2023-ami-...-x86_64): the scripts use dnf and AL2023 packages."
  }
}

variable "source_ami_owner" {
  type        = string
  default     = "amazon"
  description = "Owner alias or account id of the base image."

  validation {
    condition     = regex_replace(var.source_ami_owner, "^(amazon|[0-9]{12})$", "") == ""
    error_message = "The source_ami_owner must be 'amazon' or a 12-digit account id."
  }
}

variable "java_package" {
  type        = string
  default     = "java-25-amazon-corretto-headless"
  description = "dnf package of the Java runtime: Amazon Corretto 25, headless."

  validation {
    condition     = regex_replace(var.java_package, "^java-25-amazon-corretto(-headless)?$", "") == ""
    error_message = "The java_package must be an Amazon Corretto 25 package: the AOT cache and the jar need Java 25."
  }
}

variable "ami_name_prefix" {
  type        = string
  default     = "buddyverse"
  description = "Start of the AMI name; the app version and a UTC timestamp follow."

  validation {
    condition     = regex_replace(var.ami_name_prefix, "^[a-z][a-z0-9-]{2,40}$", "") == ""
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
    condition     = regex_replace(var.subnet_id, "^(subnet-[0-9a-f]{8,17})?$", "") == ""
    error_message = "The subnet_id must be empty or a subnet id (subnet-...)."
  }
}

variable "ssh_source_cidrs" {
  type        = list(string)
  description = "CIDRs allowed to reach the build instance's SSH port through the temporary security group: the public address of the machine running packer, as a /32."

  validation {
    condition     = length(var.ssh_source_cidrs) > 0 && length([for c in var.ssh_source_cidrs : c if c == "0.0.0.0/0" || can(cidrhost(c, 0)) == false]) == 0
    error_message = "The ssh_source_cidrs must be one or more valid CIDRs, and not 0.0.0.0/0."
  }
}
