package de.debitum.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts the admin UI: a Spring Boot application that serves Vaadin views on 127.0.0.1. */
@SpringBootApplication
public class DebitumUiApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(DebitumUiApplication.class, args);
    }
}
