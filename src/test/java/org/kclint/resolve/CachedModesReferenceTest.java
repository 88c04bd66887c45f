package org.kclint.resolve;

import org.kclint.kconfig.KconfigTree;
import org.kclint.testing.ArmKconfig;

/** Every case of reference/arm/modes again, on the tree as its cache entry gives it back. */
class CachedModesReferenceTest extends ModesReferenceTest {
  @Override
  KconfigTree tree() {
    return ArmKconfig.cachedTree();
  }
}
