/** How the API reads and writes JSON: strict JSON-B binding, a body size limit, and pre-rendered JSON text. */
package org.residency.scheduler.web.json;
