package com.buddyverse.common;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Maps domain and request errors to error pages in the site's layout, never a stack
 * trace.
 */
@ControllerAdvice
class ErrorPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(NotFoundException ex) {
		return page(HttpStatus.NOT_FOUND, "error.notFound");
	}

	@ExceptionHandler(ForbiddenException.class)
	ModelAndView forbidden(ForbiddenException ex) {
		log.info("Refused: {}", ex.getMessage());
		return page(HttpStatus.FORBIDDEN, "error.forbidden");
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class })
	ModelAndView badRequest(Exception ex) {
		return page(HttpStatus.BAD_REQUEST, "error.badRequest");
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(MaxUploadSizeExceededException ex) {
		return page(HttpStatus.PAYLOAD_TOO_LARGE, "error.tooLarge");
	}

	@ExceptionHandler(MultipartException.class)
	ModelAndView badUpload(MultipartException ex) {
		return page(HttpStatus.BAD_REQUEST, "error.badUpload");
	}

	private static ModelAndView page(HttpStatus status, String messageKey) {
		var view = new ModelAndView("error/" + (status.is4xxClientError() ? "4xx" : "5xx"));
		view.setStatus(status);
		view.addObject("status", status.value());
		view.addObject("messageKey", messageKey);
		return view;
	}

}
