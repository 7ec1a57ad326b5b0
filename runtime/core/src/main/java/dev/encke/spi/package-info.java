/**
 * Extension points of the runtime. {@link dev.encke.spi.Backplane} carries what one node pushes to
 * the sessions other nodes hold; the in-process default carries nothing, so a single server works
 * as if there were no backplane.
 */
package dev.encke.spi;
