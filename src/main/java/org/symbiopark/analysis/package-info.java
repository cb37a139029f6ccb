/**
 * Use cases that run an engine on a stored park: load it through the park service, translate it
 * for the engine, and keep what came out as a scenario. Plain Java, wired by the configuration;
 * the engines themselves stay free of Spring and the store.
 */
package org.symbiopark.analysis;
