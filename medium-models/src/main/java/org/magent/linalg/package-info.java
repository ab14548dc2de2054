/** Small dense linear algebra shared by the media and the NV centres. */
package org.magent.linalg;
