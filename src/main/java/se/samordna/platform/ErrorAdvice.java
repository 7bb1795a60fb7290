package se.samordna.platform;

import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import se.samordna.shared.ConflictException;
import se.samordna.shared.ForbiddenException;
import se.samordna.shared.InvalidInputException;
import se.samordna.shared.NotFoundException;

/**
 * Turns every failure into a clear answer in the user's language: problem JSON for {@code /api/…},
 * an error page otherwise. Never a stack trace; an unexpected failure is logged and answered with a
 * plain 500 message.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(ErrorAdvice.class);

    private final MessageSource messages;

    ErrorAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(InvalidInputException.class)
    Object invalid(InvalidInputException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, HttpStatus.BAD_REQUEST, e.message(locale()), localized(e.problems()));
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.message(locale()), List.of());
    }

    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object noResource(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, text("error.notFound"), List.of());
    }

    @ExceptionHandler(ForbiddenException.class)
    Object forbidden(ForbiddenException e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.message(locale()), List.of());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    Object accessDenied(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, text("error.forbidden"), List.of());
    }

    @ExceptionHandler({ConflictException.class})
    Object conflict(ConflictException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, e.message(locale()), List.of());
    }

    @ExceptionHandler({OptimisticLockingFailureException.class})
    Object staleUpdate(RuntimeException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONFLICT, text("error.conflict"), List.of());
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    Object integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        if (e.getMostSpecificCause() instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
            // Data exception: text the database cannot store (a NUL character), a value out of range.
            log.info("Refused data the database cannot store: SQL state {}", sql.getSQLState());
            return answer(request, HttpStatus.BAD_REQUEST, text("error.invalidCharacter"), List.of());
        }
        log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
        return answer(request, HttpStatus.CONFLICT, text("error.integrity"), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        if (BodySizeLimitFilter.causedByTooLarge(e)) {
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, text("error.tooLarge"), List.of());
        }
        return answer(request, HttpStatus.BAD_REQUEST, text("error.unreadable"), List.of());
    }

    /** A path or header value that is missing or blank after decoding ({@code …/surveys/%20}). */
    @ExceptionHandler(org.springframework.web.bind.ServletRequestBindingException.class)
    Object binding(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("error.missing"), List.of());
    }

    /** An overflow can only come from a number someone sent that is too large for what it is used in. */
    @ExceptionHandler(ArithmeticException.class)
    Object outOfRange(ArithmeticException e, HttpServletRequest request) {
        log.info("Refused an out-of-range number on {} {}", request.getMethod(), request.getRequestURI());
        return answer(request, HttpStatus.BAD_REQUEST, text("error.outOfRange"), List.of());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("error.typeMismatch", e.getName()),
                List.of(new InvalidInputException.Problem(e.getName(), text("error.typeMismatch", e.getName()))));
    }

    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request) {
        List<InvalidInputException.Problem> problems = e.getFieldErrors().stream()
                .map(f -> new InvalidInputException.Problem(f.getField(),
                        messages.getMessage(f, LocaleContextHolder.getLocale())))
                .toList();
        String first = problems.isEmpty() ? text("error.invalid") : problems.get(0).place() + ": " + problems.get(0).message();
        return answer(request, HttpStatus.BAD_REQUEST, first, problems);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class})
    Object missing(Exception e, HttpServletRequest request) {
        return answer(request, HttpStatus.BAD_REQUEST, text("error.missing"), List.of());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object method(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, text("error.method"), List.of());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object mediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, text("error.mediaType"), List.of());
    }

    @ExceptionHandler(org.springframework.web.HttpMediaTypeNotAcceptableException.class)
    ResponseEntity<String> notAcceptable(Exception e) {
        return ResponseEntity.status(HttpStatus.NOT_ACCEPTABLE).contentType(MediaType.TEXT_PLAIN).body(text("error.notAcceptable"));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(request, HttpStatus.CONTENT_TOO_LARGE, text("error.tooLarge"), List.of());
    }

    @ExceptionHandler(Exception.class)
    Object unexpected(Exception e, HttpServletRequest request) {
        BodySizeLimitFilter.BodyTooLarge tooLarge = BodySizeLimitFilter.tooLarge(e);
        if (tooLarge != null) {
            // A body that went past its limit while a handler read it (a chunked upload): the sender's, never ours.
            return answer(request, HttpStatus.CONTENT_TOO_LARGE, text("error.requestTooLarge", tooLarge.limit / 1024 / 1024), List.of());
        }
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), e);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, text("error.unexpected"), List.of());
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }

    /** Each problem's place and message in the reader's language (those made from the bundles; others as they were written). */
    private static List<InvalidInputException.Problem> localized(List<InvalidInputException.Problem> problems) {
        return problems.stream().map(p -> new InvalidInputException.Problem(p.place(locale()), p.message(locale()), p.placeText(),
                p.messageText())).toList();
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** Refusals a person can mend on the form they sent; the rest (no access, not found, failures) go to the error page. */
    private static boolean answersOnItsPage(HttpStatus status) {
        return status == HttpStatus.BAD_REQUEST || status == HttpStatus.CONFLICT || status == HttpStatus.CONTENT_TOO_LARGE
                || status == HttpStatus.UNPROCESSABLE_CONTENT;
    }

    static boolean isApi(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("html"));
    }

    private Object answer(HttpServletRequest request, HttpStatus status, String message,
                          List<InvalidInputException.Problem> problems) {
        if (isApi(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(text("error.title." + status.value()));
            if (!problems.isEmpty()) {
                problem.setProperty("errors", problems.stream()
                        .map(p -> Map.of("place", p.place(), "message", p.message())).toList());
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        String formPage = answersOnItsPage(status) ? RefusedForms.pageToAnswerOn(request) : null;
        if (formPage != null) {
            return new ModelAndView(RefusedForms.answerOn(formPage, status, message, problems, status != HttpStatus.CONFLICT));
        }
        // A page rendered again for a refused form that itself fails (another association's page named as referrer):
        // the error page alone, without the refused form.
        request.removeAttribute(RefusedForms.ATTRIBUTE);
        ModelAndView page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("problems", problems);
        return page;
    }
}
