/**
 * Input validation shared by every module: {@link org.magent.validation.Checks} and
 * {@link org.magent.validation.InvalidInputException}, whose message names the parameter, its value and its unit,
 * so that the command line can print it as one line and exit with status 2.
 */
package org.magent.validation;
