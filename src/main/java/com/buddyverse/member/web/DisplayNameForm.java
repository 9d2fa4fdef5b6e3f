package com.buddyverse.member.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record DisplayNameForm(@NotBlank(message = "{member.displayName.required}") @Size(max = 20,
		message = "{member.displayName.size}") String displayName) {

}
