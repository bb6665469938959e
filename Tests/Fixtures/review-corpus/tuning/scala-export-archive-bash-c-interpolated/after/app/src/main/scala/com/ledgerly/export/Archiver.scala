package com.ledgerly.export

import scala.sys.process._

object Archiver {
  private val exportRoot = "/var/exports"

  def archive(dir: String): Int =
    Seq("bash", "-c", s"tar czf $exportRoot/out.tgz -C $exportRoot $dir").!
}